import { Field, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { checkLength, checkNotBlank, checkRequiredWhen } from './input-rules';
import { AuthenticationType } from './route.enum';

/** Telegent's limit on credentials (REFERENCE.md §3.16). */
const MAX_CREDENTIAL = 255;

@InputType({
  description:
    'How Telegent authenticates when it calls your endpoint. Credentials are write-only: they are sent to Telegent and ' +
    'never returned. On an update it replaces the stored setting whole, so send every credential the type needs.',
})
export class CallbackAuthenticationInput {
  @Field(() => AuthenticationType, { description: 'NONE, BASIC (username and password) or BEARER (token).' })
  type!: AuthenticationType;

  @Field(() => String, { nullable: true, description: 'BASIC only: the username.' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: 'BASIC only: the password.' })
  password?: string | null;

  @Field(() => String, { nullable: true, description: 'BEARER only: the token Telegent sends as `Authorization: Bearer`.' })
  token?: string | null;
}

const USES: Record<AuthenticationType, readonly ('username' | 'password' | 'token')[]> = {
  [AuthenticationType.NONE]: [],
  [AuthenticationType.BASIC]: ['username', 'password'],
  [AuthenticationType.BEARER]: ['token'],
};

/** BASIC needs username and password, BEARER a token; a credential the type does not use is refused. Never echoes a value. */
export function checkCallbackAuthentication(auth: CallbackAuthenticationInput | null | undefined, field: string): void {
  if (!auth) return;
  for (const part of ['username', 'password', 'token'] as const) {
    const used = USES[auth.type].includes(part);
    checkRequiredWhen(used, auth[part], `${field}.${part}`, `when type is ${auth.type}`);
    if (!used && auth[part] != null) throw badUserInput(`${field}.${part} does not apply when type is ${auth.type}.`, `${field}.${part}`);
    checkNotBlank(auth[part], `${field}.${part}`);
    checkLength(auth[part], MAX_CREDENTIAL, `${field}.${part}`);
  }
}
