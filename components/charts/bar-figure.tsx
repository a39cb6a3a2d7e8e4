"use client";
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarSeries = { key: string; label: string; color: string };
export type BarDatum = { label: string } & Record<string, string | number>;

// Bars by category, grouped or stacked, with each value printed on its bar. The chart takes
// keyboard focus (recharts' accessibility layer: arrow keys step through the categories and the
// tooltip reads out their values); the page pairs it with a table of the same numbers.
export function BarFigure({
  title,
  data,
  series,
  stacked = false,
  horizontal = false,
}: Readonly<{ title: string; data: BarDatum[]; series: BarSeries[]; stacked?: boolean; horizontal?: boolean }>) {
  const height = horizontal ? Math.max(160, 36 * data.length + 60) : 300;
  return (
    <div className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} title={title} margin={{ top: 16, right: 24, left: horizontal ? 8 : 48, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} />
              <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12, fill: "#334155" }} />
            </>
          ) : (
            <>
              {/* Every category named, slanted so long names fit: by default recharts drops the ones that would overlap. */}
              <XAxis dataKey="label" interval={0} angle={-25} textAnchor="end" height={64} tick={{ fontSize: 12, fill: "#334155" }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#334155" }} />
            </>
          )}
          <Tooltip />
          {series.length > 1 ? <Legend /> : null}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false}>
              <LabelList dataKey={s.key} position={stacked ? "center" : horizontal ? "right" : "top"} fill={stacked ? "#ffffff" : "#0f172a"} fontSize={12} formatter={hideZero} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function hideZero(value: unknown): string {
  return value === 0 || value === undefined || value === null ? "" : String(value);
}
