import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

/** A download link to a generated file copied under static/generated/; `label` is its accessible name. */
export default function GeneratedFile({ src, label, children }) {
  const url = useBaseUrl(src);
  return (
    <a href={url} download aria-label={label}>
      {children}
    </a>
  );
}
