import type { Messages } from '@/lib/i18n/fr';
import { format } from '@/lib/i18n/messages';

/** Only the strings the map's client code needs, already filled where they can be. */
export function postMapLabels(m: Messages, councilName: string) {
  return {
    canvas: format(m.map.canvasLabel, { council: councilName }),
    loading: m.map.loading,
    unavailable: m.map.unavailable,
    cluster: m.map.clusterLabel,
    post: m.map.postLabel,
    cellTitle: m.map.cellTitle,
    cellClose: m.map.cellClose,
    need: m.home.need,
    offer: m.home.offer,
    urgent: m.home.urgent,
    bands: m.map.bands,
    engine: engineLocale(m),
  };
}

export type PostMapLabels = ReturnType<typeof postMapLabels>;

/** The map library's own control labels (zoom buttons, attribution…), in the visitor's language. */
export function engineLocale(m: Messages): Record<string, string> {
  return {
    'Map.Title': m.map.title,
    'Marker.Title': m.map.marker,
    'NavigationControl.ZoomIn': m.map.zoomIn,
    'NavigationControl.ZoomOut': m.map.zoomOut,
    'NavigationControl.ResetBearing': m.map.resetBearing,
    'AttributionControl.ToggleAttribution': m.map.attribution,
    'Popup.Close': m.map.close,
  };
}
