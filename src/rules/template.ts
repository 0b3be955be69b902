// Fills {{placeholders}} in rule messages from a result's data (lists joined, numbers rounded for reading).

/** Replaces each {{name}} (or {{a.b}}) with the value found in data; unknown names are left visible. */
export function renderTemplate(template: string, data: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) => {
    const value = key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
    if (value === undefined) return whole;
    if (value === null) return '—';
    if (Array.isArray(value)) return value.map((v) => String(v)).join(', ');
    if (typeof value === 'number') return String(Math.round(value * 100) / 100);
    if (typeof value === 'object') return JSON.stringify(value);
    return String(value);
  });
}
