import { isInputObjectType } from 'graphql';
import { SECRET_INPUT_FIELDS } from '../../src/server/format-error';
import { buildGatewaySchema } from '../../src/graph/build-schema';
import { TestGateway } from '../helpers/gateway';

const PORT_OUT = 'mutation($input: RequestPortOutInput!) { requestPortOut(input: $input) { order { id } } }';

describe('secrets in GraphQL’s own errors', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(() => gateway.stop());

  it('should not repeat a secret variable graphql-js cannot coerce, and name its field', async () => {
    const reply = await gateway.query(PORT_OUT, { input: { number: '+18015550100', pin: 864209 } });
    expect(reply.body.errors![0]).toMatchObject({ message: expect.stringContaining('input.pin'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(reply.body)).not.toContain('864209');
  });

  it('should not repeat a secret literal written in the document', async () => {
    const reply = await gateway.query('mutation { requestPortOut(input: { number: "+18015550100", pin: 753190 }) { order { id } } }');
    expect(reply.body.errors![0]).toMatchObject({ message: expect.stringContaining('pin'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(reply.body)).not.toContain('753190');
  });

  it('should leave messages about other fields as graphql-js wrote them', async () => {
    const reply = await gateway.query(PORT_OUT, { input: { number: 18015550100, pin: '1234' } });
    expect(reply.body.errors![0]!.message).toContain('18015550100');
  });

  it('should know every input field of the schema that carries a secret', async () => {
    const schema = await buildGatewaySchema();
    const secretLooking = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) => Object.keys(type.getFields()))
      .filter((name) => /password|pin$|token|secret/i.test(name));
    expect(secretLooking.filter((name) => !SECRET_INPUT_FIELDS.has(name))).toEqual([]);
  });
});
