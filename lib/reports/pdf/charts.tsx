import "server-only";
import { Circle, G, Line, Polygon, Rect, Svg, Text, View } from "@react-pdf/renderer";
import {
  axisAngle,
  axisLabel,
  barLength,
  pointsAttribute,
  polarPoint,
  radarPoints,
  radarRings,
  scaleTicks,
} from "@/lib/reports/chart-geometry";
import { MAX_LEVEL } from "@/lib/reports/report-model";
import { COLORS, FONT, styles } from "./styles";

// Vector charts drawn with react-pdf's SVG primitives (they stay sharp at any zoom and print
// size); the geometry is computed in lib/reports/chart-geometry.ts. Labels are real text.

export type ChartLayer = { name: string; current: number; target: number | null };

export function ChartLegend({ current, target }: Readonly<{ current: string; target: string }>) {
  const swatch = (color: string, dashed: boolean) => (
    <Svg width={18} height={8}>
      <Line x1={1} y1={4} x2={17} y2={4} stroke={color} strokeWidth={2} strokeDasharray={dashed ? "3,2" : undefined} />
    </Svg>
  );
  return (
    <View style={{ flexDirection: "row", justifyContent: "center", marginTop: 4 }}>
      <View style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
        {swatch(COLORS.brand, false)}
        <Text style={[styles.small, { marginLeft: 4 }]}>{current}</Text>
      </View>
      <View style={{ flexDirection: "row", alignItems: "center" }}>
        {swatch(COLORS.target, true)}
        <Text style={[styles.small, { marginLeft: 4 }]}>{target}</Text>
      </View>
    </View>
  );
}

// Current vs target levels on one axis per layer (0 at the centre, level 4 at the rim).
export function RadarChart({ layers, size }: Readonly<{ layers: readonly ChartLayer[]; size: number }>) {
  // Room for the layer names: wide on the sides ("Monitoring"), one line above and below.
  const radius = size / 2 - 50;
  const height = 2 * radius + 36;
  const center = { x: size / 2, y: height / 2 };
  const rings = radarRings({ axes: layers.length, max: MAX_LEVEL, center: center, radius });
  const current = radarPoints({ values: layers.map((l) => l.current), max: MAX_LEVEL, center: center, radius });
  const target = radarPoints({ values: layers.map((l) => l.target ?? 0), max: MAX_LEVEL, center: center, radius });
  return (
    <Svg width={size} height={height} viewBox={`0 0 ${size} ${height}`}>
      {rings.map((ring, i) => (
        <Polygon
          key={`ring-${i}`}
          points={pointsAttribute(ring)}
          fill={i === rings.length - 1 ? COLORS.stripe : "none"}
          stroke={COLORS.grid}
          strokeWidth={0.75}
        />
      ))}
      {layers.map((layer, i) => {
        const end = polarPoint({ center: center, radius, angle: axisAngle(i, layers.length) });
        return (
          <Line
            key={`axis-${layer.name}`}
            x1={center.x}
            y1={center.y}
            x2={end.x}
            y2={end.y}
            stroke={COLORS.rule}
            strokeWidth={0.5}
          />
        );
      })}
      {rings.map((ring, i) => (
        <Text
          key={`tick-${i}`}
          x={(ring[0]?.x ?? center.x) + 3}
          y={(ring[0]?.y ?? center.y) + 2}
          style={{ fontSize: 6, fontFamily: FONT.regular }}
          fill={COLORS.muted}
        >
          {String(i + 1)}
        </Text>
      ))}
      <Polygon
        points={pointsAttribute(target)}
        fill={COLORS.targetTint}
        fillOpacity={0.35}
        stroke={COLORS.target}
        strokeWidth={1.25}
        strokeDasharray="4,2"
      />
      <Polygon
        points={pointsAttribute(current)}
        fill={COLORS.brand}
        fillOpacity={0.25}
        stroke={COLORS.brand}
        strokeWidth={1.5}
      />
      {current.map((p, i) => (
        <Circle key={`dot-${i}`} cx={p.x} cy={p.y} r={2} fill={COLORS.brand} />
      ))}
      {layers.map((layer, i) => {
        const label = axisLabel({ index: i, count: layers.length, center: center, radius, gap: 8 });
        return (
          <G key={`label-${layer.name}`}>
            <Text
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
              dominantBaseline={label.baseline === "auto" ? undefined : label.baseline}
              style={{ fontSize: 7.5, fontFamily: FONT.bold }}
              fill={COLORS.text}
            >
              {layer.name}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

// One bar per layer: the continuous score (0..4) as a bar, the target level as a marker.
export function LayerBarChart({
  layers,
  width,
  scaleLabel,
}: Readonly<{ layers: readonly ChartLayer[]; width: number; scaleLabel: string }>) {
  const labelWidth = 78;
  const right = 10;
  const barWidth = width - labelWidth - right;
  const rowHeight = 17;
  const top = 6;
  const height = top + layers.length * rowHeight + 22;
  const ticks = scaleTicks({ max: MAX_LEVEL, width: barWidth, x: labelWidth });
  const axisY = top + layers.length * rowHeight;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      {ticks.map((tick) => (
        <G key={`tick-${tick.value}`}>
          <Line x1={tick.x} y1={top - 2} x2={tick.x} y2={axisY} stroke={COLORS.grid} strokeWidth={0.5} />
          <Text
            x={tick.x}
            y={axisY + 9}
            textAnchor="middle"
            style={{ fontSize: 6.5, fontFamily: FONT.regular }}
            fill={COLORS.muted}
          >
            {String(tick.value)}
          </Text>
        </G>
      ))}
      <Text
        x={labelWidth + barWidth / 2}
        y={axisY + 19}
        textAnchor="middle"
        style={{ fontSize: 6.5, fontFamily: FONT.regular }}
        fill={COLORS.muted}
      >
        {scaleLabel}
      </Text>
      {layers.map((layer, i) => {
        const y = top + i * rowHeight;
        const length = barLength({ value: layer.current, max: MAX_LEVEL, width: barWidth });
        const targetX = labelWidth + barLength({ value: layer.target ?? 0, max: MAX_LEVEL, width: barWidth });
        return (
          <G key={`bar-${layer.name}`}>
            <Text
              x={labelWidth - 6}
              y={y + rowHeight / 2}
              textAnchor="end"
              dominantBaseline="central"
              style={{ fontSize: 7.5, fontFamily: FONT.regular }}
              fill={COLORS.text}
            >
              {layer.name}
            </Text>
            <Rect x={labelWidth} y={y + 4} width={barWidth} height={rowHeight - 8} fill={COLORS.stripe} />
            {length > 0 ? (
              <Rect x={labelWidth} y={y + 4} width={length} height={rowHeight - 8} fill={COLORS.brand} />
            ) : null}
            {layer.target !== null ? (
              <Line
                x1={targetX}
                y1={y + 2}
                x2={targetX}
                y2={y + rowHeight - 2}
                stroke={COLORS.target}
                strokeWidth={2}
              />
            ) : null}
          </G>
        );
      })}
    </Svg>
  );
}
