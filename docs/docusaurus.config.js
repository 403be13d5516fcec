// @ts-check
/**
 * mpp-kit playbook site. Default locale `id` (Bahasa Indonesia), second locale `en`.
 * Offline by design: no CDN fonts, no analytics, no external scripts; search is built locally.
 * Set DOCS_FASTER=0 to build with webpack/Babel instead of Rspack/SWC (used once to compare).
 */
import { themes as prismThemes } from 'prism-react-renderer';

const faster = process.env.DOCS_FASTER !== '0';

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'mpp-kit',
  tagline: 'Kit Replikasi Mal Pelayanan Publik: model MPP Kabupaten Badung',
  favicon: 'img/favicon.svg',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  trailingSlash: false,

  future: { v4: true, faster },

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
          // The generated pages live in docs/generated/ (gitignored); show its two sections
          // (examples gallery, configuration reference) at the top level of the sidebar.
          async sidebarItemsGenerator({ defaultSidebarItemsGenerator, ...args }) {
            const items = await defaultSidebarItemsGenerator(args);
            return items.flatMap((item) =>
              item.type === 'category' && !item.link && item.label === 'generated' ? item.items : [item],
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
        logo: { alt: 'mpp-kit', src: 'img/logo.svg' },
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
        theme: prismThemes.github,
        darkTheme: prismThemes.dracula,
        additionalLanguages: ['bash', 'yaml', 'json'],
      },
    }),
};

export default config;
