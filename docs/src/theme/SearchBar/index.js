import React, { useEffect } from 'react';
import SearchBar from '@theme-original/SearchBar';
import { translate } from '@docusaurus/Translate';

/**
 * The offline search bar, its accessible name in the page language: the plugin translates the
 * placeholder but writes aria-label="Search" in English.
 */
export default function SearchBarInLanguage(props) {
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search' });
  useEffect(() => {
    for (const input of document.querySelectorAll('input.navbar__search-input')) input.setAttribute('aria-label', label);
  }, [label]);
  return <SearchBar {...props} />;
}
