import proj4 from 'proj4';

/**
 * Positions are stored in Lambert-93 (EPSG:2154), the official projection of metropolitan
 * France: coordinates are metres, so Postgres' plain `point` type, its GiST index and the `<->`
 * operator give true distances with no extension (PostGIS is not available in PGlite).
 */
const LAMBERT_93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

const converter = proj4('EPSG:4326', LAMBERT_93);

export type LatLng = { lat: number; lng: number };
export type Metric = { x: number; y: number };

export function toMetric({ lat, lng }: LatLng): Metric {
  const [x, y] = converter.forward([lng, lat]) as [number, number];
  return { x, y };
}

export function toLatLng({ x, y }: Metric): LatLng {
  const [lng, lat] = converter.inverse([x, y]) as [number, number];
  return { lat, lng };
}

export function distanceMetres(a: Metric, b: Metric) {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
