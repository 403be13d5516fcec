import React from 'react';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

const CARDS = [
  {
    id: 'start',
    to: '/docs/memulai',
    title: <Translate id="home.card.start.title">Memulai</Translate>,
    text: (
      <Translate id="home.card.start.text">
        Pasang mpp-kit, jawab wawancara atau isi berkas jawaban, lalu hasilkan folder penerapan MPP.
      </Translate>
    ),
  },
  {
    id: 'examples',
    to: '/docs/examples',
    title: <Translate id="home.card.examples.title">Galeri contoh</Translate>,
    text: (
      <Translate id="home.card.examples.text">
        Daerah contoh yang dijalankan melalui generator: denah lantai, angka pokok, dan setiap berkas yang dihasilkan.
      </Translate>
    ),
  },
  {
    id: 'reference',
    to: '/docs/reference',
    title: <Translate id="home.card.reference.title">Referensi konfigurasi</Translate>,
    text: (
      <Translate id="home.card.reference.text">
        Setiap kolom berkas jawaban mpp.yaml: tipe, wajib atau tidak, dan keterangannya.
      </Translate>
    ),
  },
];

export default function Home() {
  return (
    <Layout
      title={translate({ id: 'home.title', message: 'Beranda' })}
      description={translate({
        id: 'home.description',
        message: 'Panduan mereplikasi Mal Pelayanan Publik model Kabupaten Badung dengan mpp-kit.',
      })}
    >
      <header className="hero hero--primary">
        <div className="container">
          <Heading as="h1" className="hero__title">
            mpp-kit
          </Heading>
          <p className="hero__subtitle">
            <Translate id="home.tagline">Kit Replikasi Mal Pelayanan Publik, model MPP Kabupaten Badung</Translate>
          </p>
          <Link className="button button--secondary button--lg" to="/docs/memulai">
            <Translate id="home.cta">Mulai</Translate>
          </Link>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <p>
          <Translate id="home.intro">
            Mal Pelayanan Publik (MPP) menghimpun layanan banyak instansi pusat dan daerah di satu gedung.
            Situs ini menuliskan cara Kabupaten Badung membangun MPP-nya dan cara daerah lain menirunya dengan
            mpp-kit: dari jawaban sebuah daerah, mpp-kit menghasilkan daftar periksa regulasi, tata letak ruang
            dan konfigurasi aplikasi.
          </Translate>
        </p>
        <div className="row">
          {CARDS.map((card) => (
            <div className="col col--4 margin-bottom--md" key={card.id}>
              <div className="card shadow--md">
                <div className="card__header">
                  <Heading as="h2">
                    <Link to={card.to}>{card.title}</Link>
                  </Heading>
                </div>
                <div className="card__body">
                  <p>{card.text}</p>
                </div>
              </div>
            </div>
          ))}
        </div>
      </main>
    </Layout>
  );
}
