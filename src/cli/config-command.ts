import { z } from 'zod';
import { configSchema } from '../config.ts';

interface JsonProperty {
  description?: string;
  default?: unknown;
  enum?: unknown[];
  anyOf?: JsonProperty[];
}

/** The settings table of the README, generated from the config schema so it cannot drift. */
export function settingsTable(): string {
  const json = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as {
    properties: Record<string, JsonProperty>;
  };
  const rows = Object.entries(json.properties).map(([name, prop]) => {
    const def =
      prop.default === undefined
        ? ''
        : `\`${Array.isArray(prop.default) ? prop.default.join(',') : String(prop.default)}\``;
    const values = prop.enum ? ` One of: ${prop.enum.map((v) => `\`${String(v)}\``).join(', ')}.` : '';
    return `| \`${name}\` | ${def} | ${(prop.description ?? '').replace(/\|/g, '\\|')}${values} |`;
  });
  return ['| Setting | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
