"use client";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Legend, Tooltip } from "recharts";

export type RadarPoint = { layer: string; current: number; target: number };

// Current vs target per layer, on the 0..4 level scale. The page pairs it with a table for screen readers.
export function MaturityRadar({ data, currentLabel, targetLabel }: Readonly<{ data: RadarPoint[]; currentLabel: string; targetLabel: string }>) {
  return (
    <div className="h-80 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="75%" accessibilityLayer={false}>
          <PolarGrid />
          <PolarAngleAxis dataKey="layer" tick={{ fontSize: 12, fill: "#334155" }} />
          <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90} tick={{ fontSize: 10, fill: "#475569" }} />
          <Radar name={targetLabel} dataKey="target" stroke="#b45309" fill="#f59e0b" fillOpacity={0.15} strokeDasharray="4 3" isAnimationActive={false} />
          <Radar name={currentLabel} dataKey="current" stroke="#1d5fbf" fill="#1d5fbf" fillOpacity={0.35} isAnimationActive={false} />
          <Legend />
          <Tooltip />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
