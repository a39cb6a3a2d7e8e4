import type { QrPath } from "@/lib/mfa/qr-code";

const QUIET_ZONE = 4;

export function QrCodeImage({ qr, label }: Readonly<{ qr: QrPath; label: string }>) {
  const side = qr.size + QUIET_ZONE * 2;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${side} ${side}`} width={side * 5} height={side * 5} shapeRendering="crispEdges" className="bg-white">
      <rect width={side} height={side} fill="#ffffff" />
      <path d={qr.path} fill="#000000" transform={`translate(${QUIET_ZONE} ${QUIET_ZONE})`} />
    </svg>
  );
}
