import type { CompletedRegion } from '../complete/types.js';
import type { ComplaintChannel } from './app-config.types.js';
import { both } from './localize.js';

/**
 * Complaint channels from `mpp.complaintChannels`, in the answers' order, with SP4N-LAPOR! (the
 * national channel) always listed: added first when the answers leave it out.
 */
export function planComplaintChannels(region: Pick<CompletedRegion, 'mpp'>): ComplaintChannel[] {
  const given = region.mpp.complaintChannels ?? [];
  const channels: ComplaintChannel[] = given.map((c) => ({
    kind: c.kind,
    ...(c.value ? { value: c.value } : {}),
    label: both(`appconfig.channel.${c.kind}`),
    national: c.kind === 'sp4n-lapor',
  }));
  if (!channels.some((c) => c.kind === 'sp4n-lapor')) {
    channels.unshift({ kind: 'sp4n-lapor', label: both('appconfig.channel.sp4n-lapor'), national: true });
  }
  return channels;
}
