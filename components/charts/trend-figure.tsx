"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendSeries = { key: string; label: string; color: string; emphasis?: boolean };
export type TrendDatum = { month: string } & Record<string, string | number | null>;

// Levels over time on the 0..4 scale. Lines differ by colour (a colour-blind-safe palette) and
// the overall line by weight; the page pairs the chart with a table of the same numbers, and the
// chart takes keyboard focus (arrow keys step through the months, the tooltip reads the values).
export function TrendFigure({ title, data, series }: Readonly<{ title: string; data: TrendDatum[]; series: TrendSeries[] }>) {
  return (
    <div className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} title={title} margin={{ top: 16, right: 24, left: 0, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis dataKey="month" tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} tick={{ fontSize: 12, fill: "#334155" }} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={s.emphasis ? 3 : 1.5}
              dot={{ r: s.emphasis ? 4 : 2 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
