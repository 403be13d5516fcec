import React from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

/** A download link to a generated file copied under static/generated/. */
export default function GeneratedFile({ src, children }) {
  const url = useBaseUrl(src);
  return (
    <a href={url} download>
      {children}
    </a>
  );
}
