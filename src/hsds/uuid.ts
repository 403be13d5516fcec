import { createHash } from 'node:crypto';

/**
 * Fixed namespace of mpp-kit's HSDS ids. It is itself the RFC 4122 v5 UUID of the name
 * `mpp-kit/hsds` in the URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8); never change it,
 * or every exported id changes.
 */
export const MPP_KIT_HSDS_NAMESPACE = 'a4f2feec-1d57-5246-9110-088e932e4121';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

function formatUuid(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** RFC 4122 / RFC 9562 name-based UUID, version 5 (SHA-1): deterministic, no clock, no random. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(Buffer.from(name, 'utf8')).digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  return formatUuid(bytes);
}

/** The id of one exported entity: v5 of `<region slug>/<entity kind>/<entity id>` in mpp-kit's namespace. */
export function hsdsId(regionSlug: string, kind: string, entityId: string): string {
  return uuidV5(`${regionSlug}/${kind}/${entityId}`, MPP_KIT_HSDS_NAMESPACE);
}
