/** The parsers every setting goes through: each names its variable in the ConfigError it throws. */

/** A bad or missing setting; `main` prints its message (one line naming the variable) and exits. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

export function bool(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got '${env[name]}'`);
}

export function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got '${raw}'`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got '${parsed.protocol}'`);
  }
  return raw.replace(/\/+$/, '');
}

/** A comma-separated list of web origins (`scheme://host[:port]`, no path), normalized as browsers send them. */
export function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const text = entry.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(text);
    } catch {
      parsed = null;
    }
    // Only scheme, host and port: `https://a.example/x`, `?q`, `user@` are not origins.
    if (!parsed || !['https:', 'http:'].includes(parsed.protocol) || parsed.href !== `${parsed.origin}/`) {
      throw new ConfigError(`${name} must be a comma-separated list of origins such as https://app.example.com (scheme, host, optional port; no path), got '${text}'`);
    }
    return parsed.origin;
  });
}

/**
 * A W3C-baggage-style `key=value,key2=value2` list (OTEL_RESOURCE_ATTRIBUTES, OTEL_EXPORTER_OTLP_HEADERS),
 * values percent-decoded. A bad entry is named by position, not quoted: header values are often API keys.
 */
export function keyValueList(env: NodeJS.ProcessEnv, name: string): Record<string, string> {
  const raw = env[name]?.trim();
  const result: Record<string, string> = {};
  if (!raw) return result;
  raw.split(',').forEach((entry, index) => {
    if (entry.trim() === '') return;
    const equals = entry.indexOf('=');
    const key = equals > 0 ? entry.slice(0, equals).trim() : '';
    let value: string | null = null;
    try {
      value = equals > 0 ? decodeURIComponent(entry.slice(equals + 1).trim()) : null;
    } catch {
      value = null;
    }
    if (key === '' || value === null) throw new ConfigError(`${name} must be a comma-separated list of key=value pairs (values percent-encoded): entry ${index + 1} is not`);
    result[key] = value;
  });
  return result;
}

/** A comma- or space-separated list; null when unset. */
export function list(env: NodeJS.ProcessEnv, name: string): string[] | null {
  const raw = env[name]?.trim();
  return raw ? raw.split(/[\s,]+/).filter(Boolean) : null;
}
