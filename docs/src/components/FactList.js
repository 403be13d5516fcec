import React from 'react';

/** Key figures as a definition list: items = [{ label, value }]. */
export default function FactList({ items, className = 'fact-list' }) {
  return (
    <dl className={className}>
      {items.map((item) => (
        <div className="fact-list__item" key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
