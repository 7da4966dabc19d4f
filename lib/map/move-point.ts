export type Direction = 'north' | 'south' | 'east' | 'west';

const METRES_PER_DEGREE_LAT = 111_320;

/**
 * Moves a point by a distance in metres, for the keyboard controls of the point picker. A
 * local flat approximation: over a few kilometres it is off by far less than the step itself,
 * and it keeps the projection library out of the browser.
 */
export function movePoint(point: { lat: number; lng: number }, direction: Direction, metres: number) {
  const dLat = metres / METRES_PER_DEGREE_LAT;
  const dLng = metres / (METRES_PER_DEGREE_LAT * Math.cos((point.lat * Math.PI) / 180));
  const moved = {
    north: { lat: point.lat + dLat, lng: point.lng },
    south: { lat: point.lat - dLat, lng: point.lng },
    east: { lat: point.lat, lng: point.lng + dLng },
    west: { lat: point.lat, lng: point.lng - dLng },
  }[direction];
  return { lat: round(Math.max(-85, Math.min(85, moved.lat))), lng: round(((moved.lng + 540) % 360) - 180) };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Arrow keys → direction, for the marker's keyboard handler. */
export function directionForKey(key: string): Direction | null {
  return ({ ArrowUp: 'north', ArrowDown: 'south', ArrowRight: 'east', ArrowLeft: 'west' } as const)[key as 'ArrowUp'] ?? null;
}
