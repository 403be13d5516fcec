import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

/**
 * A generated floor plan, shown through <img> so that the SVG (which carries region names) is never
 * part of the page's DOM. `src` is a site path under static/, e.g. /generated/badung/id/floorplan-1.svg.
 */
export default function FloorPlan({ src, alt }) {
  return <img className="floor-plan" src={useBaseUrl(src)} alt={alt} />;
}
