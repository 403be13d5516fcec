import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

/**
 * A generated HTML page (dashboard, printable checklist) shown in a frame, with a link to open it
 * on its own. The frame is sandboxed: its scripts run, but it cannot reach the site around it.
 */
export default function EmbeddedPage({ src, title, openLabel }) {
  const url = useBaseUrl(src);
  return (
    <div className="embedded-page">
      <p>
        <a href={url}>{openLabel}</a>
      </p>
      <iframe src={url} title={title} sandbox="allow-scripts" loading="lazy" />
    </div>
  );
}
