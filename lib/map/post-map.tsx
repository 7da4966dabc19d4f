'use client';

import { useEffect, useRef, useState } from 'react';
import type { GeoJSONSource, Map as EngineMap, Marker } from 'maplibre-gl';
import { loadMapEngine, type MapEngine } from './engine';
import { fill } from './fill';
import { baseStyle, boundaryBounds, BOUNDARY_LINE_LAYER, councilLayers, MAX_ZOOM, POSTS_SOURCE, QUARTIERS_LINE_LAYER } from './map-style';
import type { MapData, MapEngineConfig, MapTheme } from './map-types';
import type { PostMapLabels } from './post-map-labels';

type CellPost = { id: string; kind: 'need' | 'offer'; title: string; category: string };

type Props = {
  data: MapData;
  config: MapEngineConfig;
  theme: MapTheme;
  labels: PostMapLabels;
  /** Where a post opens: `${postPath}/${id}`. */
  postPath: string;
};

const MARKER_BASE =
  'flex items-center justify-center rounded-full border-[3px] font-bold shadow-md focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black focus-visible:rounded-full';

/**
 * The posts map (R5). The map library is imported only once this component runs in the
 * browser, so it weighs on nothing but this page. Posts are clustered by the library; clusters
 * and posts are drawn as real buttons and links (HTML markers), so they can be reached with
 * the keyboard and read by a screen reader, and the page lists every post below the map too.
 */
export function PostMap({ data, config, theme, labels, postPath }: Props) {
  const wrapper = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const cellHeading = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading');
  const [cell, setCell] = useState<CellPost[] | null>(null);

  useEffect(() => {
    let map: EngineMap | null = null;
    let cancelled = false;
    const markers = new Map<string, Marker>();
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

    const describe = (el: HTMLElement) => {
      if (!map) return;
      el.dataset.zoom = map.getZoom().toFixed(2);
      el.dataset.renderedBoundary = String(map.queryRenderedFeatures({ layers: [BOUNDARY_LINE_LAYER] }).length);
      el.dataset.renderedQuartiers = String(map.queryRenderedFeatures({ layers: [QUARTIERS_LINE_LAYER] }).length);
    };

    async function openCluster(engine: MapEngine, clusterId: number, at: [number, number]) {
      if (!map) return;
      const source = map.getSource(POSTS_SOURCE) as GeoJSONSource;
      const zoom = await engine.clusterExpansionZoom(source, clusterId);
      if (zoom <= MAX_ZOOM && zoom > map.getZoom()) {
        setCell(null);
        map.easeTo({ center: at, zoom, duration: reduceMotion ? 0 : 400 });
        return;
      }
      // Every post of this cluster is in the same grid cell: zooming cannot separate them.
      const leaves = await engine.clusterLeaves(source, clusterId, 100);
      setCell(
        leaves.map((f) => {
          const p = f.properties as { id: string; kind: 'need' | 'offer'; title: string; category: string };
          return { id: p.id, kind: p.kind, title: p.title, category: p.category };
        }),
      );
    }

    function clusterElement(engine: MapEngine, clusterId: number, count: number, at: [number, number]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `${MARKER_BASE} min-h-12 min-w-12 px-2 text-lg`;
      Object.assign(button.style, { background: '#ffffff', color: theme.text, borderColor: theme.primary });
      button.textContent = String(count);
      button.setAttribute('aria-label', fill(labels.cluster, { n: count }));
      button.dataset.testid = 'map-cluster';
      button.dataset.count = String(count);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        void openCluster(engine, clusterId, at);
      });
      return button;
    }

    function postElement(p: { id: string; kind: 'need' | 'offer'; title: string; urgent: boolean }) {
      const link = document.createElement('a');
      link.href = `${postPath}/${encodeURIComponent(p.id)}`;
      link.className = `${MARKER_BASE} size-12 text-base no-underline`;
      const need = p.kind === 'need';
      Object.assign(link.style, {
        background: need ? theme.primary : theme.accent,
        color: need ? theme.onPrimary : theme.onAccent,
        borderColor: '#ffffff',
      });
      link.textContent = p.urgent ? '!' : need ? '?' : '+';
      link.setAttribute('aria-label', fill(labels.post, { kind: need ? labels.need : labels.offer, title: p.title }));
      link.title = p.title;
      link.dataset.testid = 'map-post';
      link.dataset.postId = p.id;
      link.addEventListener('click', (event) => event.stopPropagation());
      return link;
    }

    function updateMarkers(engine: MapEngine) {
      if (!map || !map.getSource(POSTS_SOURCE) || !map.isSourceLoaded(POSTS_SOURCE)) return;
      const seen = new Set<string>();
      for (const feature of map.querySourceFeatures(POSTS_SOURCE)) {
        const props = feature.properties as Record<string, unknown>;
        const at = (feature.geometry as GeoJSON.Point).coordinates as [number, number];
        const isCluster = Boolean(props.cluster);
        const key = isCluster ? `c${props.cluster_id}` : `p${props.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (markers.has(key)) continue;
        const element = isCluster
          ? clusterElement(engine, Number(props.cluster_id), Number(props.point_count), at)
          : postElement({ id: String(props.id), kind: props.kind as 'need' | 'offer', title: String(props.title), urgent: props.urgent === true });
        markers.set(key, engine.createMarker(element, at).addTo(map));
      }
      for (const [key, marker] of markers) {
        if (!seen.has(key)) {
          marker.remove();
          markers.delete(key);
        }
      }
    }

    (async () => {
      try {
        const engine = await loadMapEngine(config);
        if (cancelled || !container.current) return;
        const bounds = boundaryBounds(data.boundary);
        map = engine.createMap({
          container: container.current,
          style: baseStyle(config, theme),
          center: [data.centre.lng, data.centre.lat],
          zoom: 13,
          maxZoom: MAX_ZOOM,
          ...(bounds ? { bounds, fitBoundsOptions: { padding: 24 } } : {}),
          locale: labels.engine,
          attributionControl: config.tileAttribution || config.engine === 'mapbox' ? { compact: true } : false,
          dragRotate: false,
          pitchWithRotate: false,
        });
        engine.addNavigation(map);
        map.on('load', () => {
          if (!map) return;
          const overlay = councilLayers(data, theme);
          for (const [id, source] of Object.entries(overlay.sources)) map.addSource(id, source);
          for (const layer of overlay.layers) map.addLayer(layer);
        });
        map.on('render', () => updateMarkers(engine));
        map.on('idle', () => {
          if (!wrapper.current) return;
          updateMarkers(engine);
          describe(wrapper.current);
          setState('ready');
        });
        map.on('error', (event) => console.warn('map error', event.error?.message ?? event));
        map.getCanvas().setAttribute('aria-label', labels.canvas);
      } catch (error) {
        console.warn('map unavailable', error);
        if (!cancelled) setState('error');
      }
    })();

    return () => {
      cancelled = true;
      for (const marker of markers.values()) marker.remove();
      map?.remove();
      map = null;
    };
  }, [data, config, theme, labels, postPath]);

  useEffect(() => {
    if (cell) cellHeading.current?.focus();
  }, [cell]);

  return (
    <div className="flex flex-col gap-3">
      <div ref={wrapper} data-testid="post-map" data-state={state} data-engine={config.engine} data-posts={data.posts.length} className="relative">
        <div ref={container} className="h-[60vh] min-h-80 w-full overflow-hidden rounded-xl ring-1 ring-zinc-400" />
        {state === 'loading' ? (
          <p role="status" className="absolute inset-x-0 top-4 mx-auto w-fit rounded bg-white px-4 py-2 text-lg shadow">
            {labels.loading}
          </p>
        ) : null}
        {state === 'error' ? (
          <p role="alert" className="absolute inset-4 flex items-center justify-center rounded bg-white p-4 text-center text-lg">
            {labels.unavailable}
          </p>
        ) : null}
      </div>
      {cell ? (
        <section aria-labelledby="carte-secteur" className="rounded-xl border-2 border-zinc-400 bg-white p-4" data-testid="map-cell">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="carte-secteur" ref={cellHeading} tabIndex={-1} className="text-xl font-bold">
              {fill(labels.cellTitle, { n: cell.length })}
            </h2>
            <button type="button" onClick={() => setCell(null)} className="min-h-12 rounded-md px-3 font-semibold underline decoration-2">
              {labels.cellClose}
            </button>
          </div>
          <ul className="mt-2 flex flex-col gap-2">
            {cell.map((p) => (
              <li key={p.id}>
                <a href={`${postPath}/${encodeURIComponent(p.id)}`} className="inline-flex min-h-12 items-center text-lg font-semibold">
                  {fill(labels.post, { kind: p.kind === 'need' ? labels.need : labels.offer, title: p.title })}
                </a>{' '}
                <span className="text-zinc-700">({p.category})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
