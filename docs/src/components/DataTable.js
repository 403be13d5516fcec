import React from 'react';

/**
 * A table read from a CSV file. Wide tables scroll inside their own box, which is focusable and
 * named so that keyboard and screen-reader users can reach and scroll it.
 */
export default function DataTable({ caption, columns, rows }) {
  return (
    <div className="data-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th scope="col" key={i}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>
                  {String(cell)
                    .split(/\r?\n/)
                    .map((line, l) => (
                      <React.Fragment key={l}>
                        {l > 0 ? <br /> : null}
                        {line}
                      </React.Fragment>
                    ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
