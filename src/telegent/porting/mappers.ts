import { PortInClassification } from '../../graph/schema/enums';


/** Port-in `TargetClassification` spellings (the seed guide's mvno|iot). */

export const UPSTREAM_PORT_IN_CLASSIFICATION: Record<PortInClassification, string> = {
  [PortInClassification.MVNO]: 'mvno',
  [PortInClassification.IOT]: 'iot',
};
/** The answer of numbers/portin/eligibility (undocumented; the sandbox's, README "Porting"). */

export interface RawPortInEligibility {
  PhoneNumber: string;
  Eligible: boolean;
  Message?: string | null;
}
/** The answer of numbers/portin and numbers/portout: the new order, as `Status` (not `OrderStatus`). */

export interface RawPortOrderPlaced {
  OrderId: string;
  OrderDate: string;
  Status: string;
  PhoneNumber: string;
}
