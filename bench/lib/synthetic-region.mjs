// A deterministic synthetic region of exactly `services` services (two per agency), for the scaling
// rows of the bench: the same size always gives the same answers (no randomness, no clock).
import { syntheticRegion } from '../synthetic.mjs';

export function regionWithServices(services) {
  const region = syntheticRegion(Math.ceil(services / 2), { servicesPerAgency: 2 });
  region.services = region.services.slice(0, services);
  return region;
}
