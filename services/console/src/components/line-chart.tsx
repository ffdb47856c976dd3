/** One line of a chart: its name, colour and values (null is a gap: the service could not be read). */
export interface Series {
  name: string;
  colour: string;
  values: (number | null)[];
}

const width = 640;
const height = 200;
const padding = { left: 48, right: 12, top: 12, bottom: 24 };

function pathOf(values: (number | null)[], x: (index: number) => number, y: (value: number) => number) {
  let path = "";
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? "L" : "M"}${x(index).toFixed(1)},${y(value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/**
 * A small SVG line chart: no library, since it draws a few dozen points.
 * For people who cannot see it, the figure names the latest values in its
 * label and the same numbers are in a table below it.
 */
export function LineChart(props: { title: string; unit: string; series: Series[]; labels: string[] }) {
  const all = props.series.flatMap((line) => line.values.filter((value): value is number => value !== null));
  const max = Math.max(1, ...all);
  const count = Math.max(2, props.labels.length);
  const x = (index: number) => padding.left + (index / (count - 1)) * (width - padding.left - padding.right);
  const y = (value: number) => padding.top + (1 - value / max) * (height - padding.top - padding.bottom);
  const latest = props.series
    .map((line) => `${line.name} ${line.values.at(-1)?.toFixed(1) ?? "unknown"} ${props.unit}`)
    .join(", ");
  const titleId = `chart-${props.title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <figure class="chart">
      <figcaption id={titleId}>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} preserveAspectRatio="none">
        <title>{`${props.title}. Latest: ${latest}`}</title>
        <line x1={padding.left} x2={width - padding.right} y1={y(0)} y2={y(0)} class="axis" />
        <line x1={padding.left} x2={width - padding.right} y1={y(max)} y2={y(max)} class="grid" />
        <text x={padding.left - 6} y={y(max) + 4} text-anchor="end" class="tick">
          {max.toFixed(0)}
        </text>
        <text x={padding.left - 6} y={y(0) + 4} text-anchor="end" class="tick">
          0
        </text>
        {props.series.map((line) => (
          <path
            key={line.name}
            d={pathOf(line.values, x, y)}
            stroke={line.colour}
            fill="none"
            stroke-width="2.5"
          />
        ))}
        {props.series.map((line) => {
          // The newest point is marked, so a series of one sample still shows.
          const last = line.values.at(-1);
          if (last === null || last === undefined) return null;
          return (
            <circle
              key={`${line.name}-last`}
              cx={x(line.values.length - 1)}
              cy={y(last)}
              r="4"
              fill={line.colour}
            />
          );
        })}
      </svg>
      <ul class="legend">
        {props.series.map((line) => (
          <li key={line.name}>
            <span class="swatch" style={{ background: line.colour }} aria-hidden="true" />
            {line.name}: {line.values.at(-1)?.toFixed(1) ?? "unknown"} {props.unit}
          </li>
        ))}
      </ul>
      <details>
        <summary>{props.title} as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              {props.series.map((line) => (
                <th scope="col" key={line.name}>
                  {line.name} ({props.unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.labels.map((label, index) => (
              <tr key={label}>
                <td>{label}</td>
                {props.series.map((line) => (
                  <td key={line.name}>{line.values[index]?.toFixed(1) ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
