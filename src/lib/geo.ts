/**
 * Geography helpers: distance. Pure functions, usable in the browser.
 * Country bounds (the schema's coordinate rule) live in src/lib/schema/countries.ts.
 */

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres between two [lon, lat] points (haversine). */
export function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Distance in kilometres between two points given as latitude, longitude: an equirectangular approximation,
 * within 1 % of distanceKm across metropolitan France, with one cosine per pair. The search ranks thousands of
 * venues per keystroke with it.
 */
export function approximateDistanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos(((lat1 + lat2) / 2) * (Math.PI / 180)) * 111.32;
  const y = (lat2 - lat1) * 110.57;
  return Math.sqrt(x * x + y * y);
}
