import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';

/**
 * A generated drawing (floor plan or chart), shown through <img> so that the SVG (which carries
 * region names) is never part of the page's DOM. `src` is a site path under static/, e.g.
 * /generated/badung/id/layout/floorplan-lt1.svg. The picture links to itself at full size (the
 * browser zooms an SVG without loss); `caption` names it, `textLink` ({ href: a doc route, label }) points to a text alternative.
 */
export default function FloorPlan({ src, alt, caption, fullSizeLabel, textLink, className = 'floor-plan' }) {
  const url = useBaseUrl(src);
  return (
    <figure className="generated-figure">
      <a href={url} className="generated-figure__link">
        <img className={className} src={url} alt={alt} />
      </a>
      <figcaption>
        {caption ? <span>{caption} · </span> : null}
        {fullSizeLabel ? <a href={url}>{fullSizeLabel}</a> : null}
        {textLink ? (
          <>
            {' · '}
            <Link to={textLink.href}>{textLink.label}</Link>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
