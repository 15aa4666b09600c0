import type { RawAvailability, RawInventory, RawInventoryNumber } from './numbers/mappers';
import type { RawFeature, RawFeatureAssignment, RawSubscription, RawSubscriptionList } from './subscriptions/mappers';
import type { RawService, RawServiceItems, RawServiceItem, RawProduct, RawPackage, RawPackageItem, RawPackageItems, RawPackageList } from './catalog/mappers';
import type { RawVoicemail } from './voicemail/mappers';
import type { RawWebhook } from './webhooks/mappers';
import type { RawWorkgroup } from './workgroups/mappers';
import type { RawMessageSearch } from './messages/mappers';
import type { RawCallFilter, RawGuardianFeatures, RawGuardianRelation, RawMessageFilter } from './guardian/mappers';
import type { RawDataUsageBatch, RawDataUsageInfo, RawDataUsageSettings } from './data-usage/mappers';
import type { RawMessageRoute, RawRouteList, RawVoiceRoute } from './routes/mappers';
import type { RawOrder } from './orders/mappers';
import type { RawDistributorSubscribers, RawSubscriber } from './subscribers/mappers';
import type { RawPortInEligibility } from './porting/mappers';
import type { RequestPriority } from './rate-limiter';
import type { TelegentClient } from './client';

/** Page sizes the sandbox documents as maxima (README of sandbox/): fewer pages, fewer calls. */
const SUBSCRIBERS_PAGE = 500;
const INVENTORY_PAGE = 1000;

/** Telegent's endpoints as typed calls, named by REST verb. All HTTP goes through `TelegentClient`. */
export class TelegentApi {
  constructor(private readonly client: TelegentClient) {}

  /** Every subscriber of every account of the distributor (all pages). */
  async listDistributorSubscribers(): Promise<RawSubscriber[]> {
    const all: RawSubscriber[] = [];
    for (let page = 1; ; page += 1) {
      const reply = await this.client.get<RawDistributorSubscribers>('/distributor/subscribers', { PageNumber: page, TotalPerPage: SUBSCRIBERS_PAGE });
      all.push(...reply.Results);
      if (reply.Results.length < SUBSCRIBERS_PAGE || all.length >= reply.TotalSubscribers) return all;
    }
  }

  getSubscriber(subscriberId: string): Promise<RawSubscriber> {
    return this.client.get<RawSubscriber>('/subscribers/get', { SubscriberId: subscriberId });
  }

  /** Every number of one account, or of the whole distributor when `accountId` is null (all pages). */
  async listInventory(accountId: string | null): Promise<RawInventoryNumber[]> {
    const all: RawInventoryNumber[] = [];
    for (let page = 1; ; page += 1) {
      const reply = await this.client.get<RawInventory>('/numbers/inventory', {
        AccountId: accountId ?? undefined,
        Filter: 'All',
        PageNumber: page,
        TotalPerPage: INVENTORY_PAGE,
      });
      all.push(...reply.PhoneNumbers);
      if (reply.PhoneNumbers.length < INVENTORY_PAGE || all.length >= reply.TotalResults) return all;
    }
  }

  getNumber(e164: string): Promise<RawInventoryNumber> {
    return this.client.get<RawInventoryNumber>('/numbers', { PhoneNumber: e164 });
  }

  async listDistributorSubscriptions(): Promise<RawSubscription[]> {
    return (await this.client.get<RawSubscriptionList>('/distributor/subscriptions', { Filter: 'All' })).Results;
  }

  async listPackages(): Promise<RawPackage[]> {
    return (await this.client.get<RawPackageList>('/account/packages', { Filter: 'All' })).Results;
  }

  async listMessageRoutes(): Promise<RawMessageRoute[]> {
    return (await this.client.get<RawRouteList<RawMessageRoute>>('/account/message/routes')).Results;
  }

  async listVoiceRoutes(): Promise<RawVoiceRoute[]> {
    return (await this.client.get<RawRouteList<RawVoiceRoute>>('/account/voice/routes')).Results;
  }

  /** Thresholds of many numbers in one call (the endpoint takes an array; REFERENCE.md §5.1). */
  async getDataUsageSettings(numbers: readonly string[]): Promise<RawDataUsageSettings[]> {
    const body = { PhoneNumbers: numbers.map((Number) => ({ Number })) };
    return (await this.client.post<RawDataUsageBatch<RawDataUsageSettings>>('/numbers/data-usage/settings', body, { readOnly: true })).PhoneNumbers;
  }

  /** Consumption of many numbers in one call. */
  async getDataUsageInfo(numbers: readonly string[]): Promise<RawDataUsageInfo[]> {
    const body = { PhoneNumbers: numbers.map((Number) => ({ Number })) };
    return (await this.client.post<RawDataUsageBatch<RawDataUsageInfo>>('/numbers/data-usage/info', body, { readOnly: true })).PhoneNumbers;
  }

  /** A read-only POST (REFERENCE.md §3.9): safe to retry, so it is marked readOnly. */
  searchAvailability(search: {
    numberType: 'mobile' | 'voip';
    areaCode?: string | null;
    zipCode?: string | null;
    messageEnabled: boolean;
    voiceEnabled: boolean;
    page: number;
    pageSize: number;
  }): Promise<RawAvailability> {
    return this.client.post<RawAvailability>(
      '/numbers/availability',
      {
        NumberType: search.numberType,
        MessageEnabled: search.messageEnabled,
        VoiceEnabled: search.voiceEnabled,
        AreaCode: search.areaCode ?? '',
        ZipCode: search.zipCode ?? '',
        PageNumber: search.page,
        TotalNumbersRequested: search.pageSize,
      },
      { readOnly: true },
    );
  }

  async listProducts(): Promise<RawProduct[]> {
    return (await this.client.get<{ Results: RawProduct[] }>('/account/products', { Filter: 'All' })).Results;
  }

  /** A number's messages, newest first; `startDate` (YYYY-MM-DD, UTC) leaves out older days. */
  searchMessages(number: string, page: number, pageSize: number, direction?: 'Inbound' | 'Outbound', startDate?: string): Promise<RawMessageSearch> {
    return this.client.get<RawMessageSearch>('/message/search', { PhoneNumber: number, PageNumber: page, PageSize: pageSize, Direction: direction, StartDate: startDate });
  }

  async listServices(): Promise<RawService[]> {
    return (await this.client.get<{ Results: RawService[] }>('/account/services', { Filter: 'All' })).Results;
  }

  /** The price points of one service (no batch form exists). */
  async listServiceItems(serviceId: string): Promise<RawServiceItem[]> {
    return (await this.client.get<RawServiceItems>('/services/items', { ServiceId: serviceId })).Results;
  }

  listWebhooks(): Promise<RawWebhook[]> {
    return this.client.get<RawWebhook[]>('/account/webhooks');
  }

  async listWorkgroups(): Promise<RawWorkgroup[]> {
    return (await this.client.get<{ Results: RawWorkgroup[] }>('/account/workgroups')).Results;
  }

  getWorkgroup(workgroupId: string): Promise<RawWorkgroup> {
    return this.client.get<RawWorkgroup>('/workgroups', { WorkgroupId: workgroupId });
  }

  /** Every subscription feature of the distributor (without FeatureId the sandbox lists them all). */
  listFeatures(): Promise<RawFeature[]> {
    return this.client.get<RawFeature[]>('/subscriptions/features');
  }

  listFeatureAssignments(subscriptionId: string): Promise<RawFeatureAssignment[]> {
    return this.client.get<RawFeatureAssignment[]>('/subscriptions/features/assignments', { SubscriptionId: subscriptionId });
  }

  /** One assignment by ID (Telegent answers it as a one-element list). */
  async getFeatureAssignment(featureAssignmentId: string): Promise<RawFeatureAssignment | null> {
    const rows = await this.client.get<RawFeatureAssignment[]>('/subscriptions/features/assignments', { FeatureAssignmentId: featureAssignmentId });
    return rows[0] ?? null;
  }

  getSubscription(subscriptionId: string): Promise<RawSubscription> {
    return this.client.get<RawSubscription>('/subscriptions', { SubscriptionId: subscriptionId });
  }

  /** A read-only POST, one number per call (no batch form exists). */
  getVoicemail(number: string): Promise<RawVoicemail> {
    return this.client.post<RawVoicemail>('/numbers/voicemail/info', { PhoneNumber: number }, { readOnly: true });
  }

  /** A read-only POST: whether a number can be ported into a classification (spelled as Telegent does). */
  checkPortInEligibility(number: string, targetClassification: string): Promise<RawPortInEligibility> {
    return this.client.post<RawPortInEligibility>(
      '/numbers/portin/eligibility',
      { PhoneNumber: number, TargetClassification: targetClassification },
      { readOnly: true },
    );
  }

  /** Order watching reads at the background priority, so it never delays interactive queries. */
  getOrder(orderId: string, priority?: RequestPriority): Promise<RawOrder> {
    return this.client.get<RawOrder>('/numbers/order', { OrderId: orderId }, priority);
  }

  getGuardianFeatures(subscriberId: string): Promise<RawGuardianFeatures> {
    return this.client.get<RawGuardianFeatures>('/subscribers/guardian-features', { SubscriberId: subscriberId });
  }

  /** Every call filter of the distributor, or the one guarding `phone` (a bare array). */
  listCallFilters(phone?: string): Promise<RawCallFilter[]> {
    return this.client.get<RawCallFilter[]>('/subscribers/call-filter', phone === undefined ? undefined : { Phone: phone });
  }

  /** Every message filter of the distributor, or the one guarding `phone`. */
  listMessageFilters(phone?: string): Promise<RawMessageFilter[]> {
    return this.client.get<RawMessageFilter[]>('/subscribers/message-filter', phone === undefined ? undefined : { Phone: phone });
  }

  listGuardianChildren(parentSubscriberId: string): Promise<RawGuardianRelation[]> {
    return this.client.get<RawGuardianRelation[]>('/subscribers/guardians/relation/parent', { ParentSubscriberId: parentSubscriberId });
  }

  listGuardianParents(childSubscriberId: string): Promise<RawGuardianRelation[]> {
    return this.client.get<RawGuardianRelation[]>('/subscribers/guardians/relation/child', { ChildSubscriberId: childSubscriberId });
  }

  async listPackageItems(packageId: string): Promise<RawPackageItem[]> {
    return (await this.client.get<RawPackageItems>('/packages/items', { PackageId: packageId })).Results;
  }
}
