import type { ComplaintChannel } from '../generated/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { SchemaFields } from '../config/schema-fields.js';
import { askField, askOne, type Ask } from './questions.js';

/**
 * The complaint channels every MPP opens at least (SP4N-LAPOR!, the national channel, and a desk):
 * offered checked, as the review's rule asks for them.
 */
export const USUAL_CHANNELS: readonly string[] = ['sp4n-lapor', 'desk'];
/** Channels reached at an address of their own (a number, an e-mail address, a link): asked for it. */
const ADDRESSED = new Set(['phone', 'whatsapp', 'email', 'web', 'social-media']);

/**
 * Asks which complaint channels the MPP opens (the schema's kinds, with their labels), then the
 * number, address or link of each that has one (optional). `previous` is offered again.
 */
export async function askComplaintChannels(ask: Ask, lang: Lang, fields: SchemaFields, previous?: readonly ComplaintChannel[]): Promise<ComplaintChannel[]> {
  const kind = fields.get('mpp.complaintChannels[].kind');
  const valueField = fields.get('mpp.complaintChannels[].value');
  const checked = previous ? previous.map((c) => c.kind) : USUAL_CHANNELS;
  const picked = await askOne<string[] | undefined>(ask, {
    type: 'checkbox',
    name: 'complaintChannels',
    message: t(lang, 'interview.channels'),
    choices: (kind.options ?? []).map((o) => ({ name: o.label[lang], value: o.value, checked: checked.includes(String(o.value)) })),
  });
  const channels: ComplaintChannel[] = [];
  for (const value of picked ?? []) {
    const channel = { kind: value } as ComplaintChannel;
    if (ADDRESSED.has(String(value))) {
      const label = fields.label('mpp.complaintChannels[].kind', value as string)[lang];
      const before = previous?.find((c) => c.kind === value)?.value;
      const address = await askField(ask, valueField, fields, lang, {
        name: `complaintChannel_${String(value)}`,
        item: label,
        optional: true,
        default: before,
      });
      if (typeof address === 'string') channel.value = address;
    }
    channels.push(channel);
  }
  return channels;
}
