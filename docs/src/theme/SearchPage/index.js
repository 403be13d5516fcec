import React, { useEffect } from 'react';
import SearchPage from '@theme-original/SearchPage';
import { translate } from '@docusaurus/Translate';

/** The search page, its query field named in the page language (the plugin writes aria-label="Search"). */
export default function SearchPageInLanguage(props) {
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search' });
  useEffect(() => {
    for (const input of document.querySelectorAll('main input[type="search"], .main-wrapper input[type="search"]')) {
      input.setAttribute('aria-label', label);
    }
  }, [label]);
  return <SearchPage {...props} />;
}
