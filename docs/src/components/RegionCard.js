import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import FactList from './FactList';

/**
 * One example region in the gallery: floor-plan thumbnail, name (linked to the region's page),
 * launch status and key figures. Every text arrives as a prop, so names render as text.
 */
export default function RegionCard({ href, title, status, thumbnail, noThumbnail, figures }) {
  const thumb = useBaseUrl(thumbnail?.src ?? '/');
  return (
    <article className="region-card">
      <div className="region-card__thumb">
        {thumbnail ? <img src={thumb} alt={thumbnail.alt} /> : <p>{noThumbnail}</p>}
      </div>
      <div className="region-card__body">
        <h2 className="region-card__title">
          <Link to={href}>{title}</Link>
        </h2>
        <p className="region-card__status">{status}</p>
        <FactList items={figures} />
      </div>
    </article>
  );
}
