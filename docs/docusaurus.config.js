// @ts-check
/**
 * mpp-kit playbook site. Default locale `id` (Bahasa Indonesia), second locale `en`.
 * Offline by design: no CDN fonts, no analytics, no external scripts; search is built locally.
 * Set DOCS_FASTER=0 to build with webpack/Babel instead of Rspack/SWC (used once to compare).
 */
import { lightCodeTheme, darkCodeTheme } from './prism-themes.mjs';

const faster = process.env.DOCS_FASTER !== '0';

/** Sidebar items without the pages of single generated files (doc ids under generated/files/). */
function withoutGeneratedFiles(items) {
  return items.flatMap((item) => {
    if (item.type === 'doc' && item.id.startsWith('generated/files/')) return [];
    if (item.type !== 'category') return [item];
    const kept = withoutGeneratedFiles(item.items);
    return kept.length > 0 || item.link ? [{ ...item, items: kept }] : [];
  });
}

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'mpp-kit',
  tagline: 'Kit Replikasi Mal Pelayanan Publik: model MPP Kabupaten Badung',
  favicon: 'img/favicon.svg',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  trailingSlash: false,

  // Every v4 flag except CSS cascade layers: with Rspack the layers are polyfilled by raising the
  // specificity of Infima's selectors (`:root:not(#\#):not(#\#)`), so the site's own custom.css
  // (colours chosen for contrast) silently lost to Infima's defaults.
  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },

  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    localeConfigs: {
      id: { label: 'Bahasa Indonesia', htmlLang: 'id-ID' },
      en: { label: 'English', htmlLang: 'en-GB' },
    },
  },

  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: {
          sidebarPath: './sidebars.js',
          routeBasePath: 'docs',
          // Generated page names never carry ordering prefixes: keep `2024-x` as it is.
          numberPrefixParser: false,
          // The generated pages live in docs/generated/ (gitignored); show its two sections
          // (examples gallery, configuration reference) at the top level of the sidebar. The pages
          // of single generated files (generated/files/) are reached from their region's page and
          // stay out of the sidebar.
          async sidebarItemsGenerator({ defaultSidebarItemsGenerator, ...args }) {
            const items = await defaultSidebarItemsGenerator(args);
            return withoutGeneratedFiles(
              items.flatMap((item) =>
                item.type === 'category' && !item.link && item.label === 'generated' ? item.items : [item],
              ),
            );
          },
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      }),
    ],
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      /** @type {import('@easyops-cn/docusaurus-search-local').PluginOptions} */
      ({
        hashed: true,
        // lunr has no Indonesian stemmer; 'en' still indexes the pages of both locales.
        language: ['en'],
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        // The pages of single generated files repeat the example regions' data many times over:
        // left out of the index, which every reader downloads on their first search.
        ignoreFiles: [/^docs\/examples\/[^/]+\/files\//],
        docsRouteBasePath: '/docs',
        explicitSearchResultPath: true,
        highlightSearchTermsOnTargetPage: false,
        searchBarShortcutHint: false,
      }),
    ],
  ],

  themeConfig:
    /** @type {import('@docusaurus/preset-classic').ThemeConfig} */
    ({
      colorMode: { respectPrefersColorScheme: true },
      navbar: {
        title: 'mpp-kit',
        // The title beside the logo already names the site: the logo is decorative.
        logo: { alt: '', src: 'img/logo.svg' },
        items: [
          { type: 'docSidebar', sidebarId: 'docs', position: 'left', label: 'Panduan' },
          { type: 'localeDropdown', position: 'right' },
          { type: 'search', position: 'right' },
        ],
      },
      footer: {
        style: 'dark',
        copyright: 'mpp-kit — Kit Replikasi Mal Pelayanan Publik. MIT.',
      },
      prism: {
        theme: lightCodeTheme,
        darkTheme: darkCodeTheme,
        additionalLanguages: ['bash', 'yaml', 'json'],
      },
    }),
};

export default config;
