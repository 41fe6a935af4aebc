/**
 * Presentation mode: the chosen slides full screen (Fullscreen API when the browser allows it,
 * otherwise a fixed overlay over the whole viewport). → ↓ PageDown Space Enter: next; ← ↑ PageUp
 * Backspace: back (a clicker sends PageUp/PageDown); Home/End; Esc leaves.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DashboardModel } from '../../domain/report/dashboard.ts';
import type { I18n } from '../i18n/i18n.ts';
import type { DeckChart } from './pptx.ts';
import { SlideView } from './SlideView.tsx';
import type { Slide } from './slides.ts';
import './present.css';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

export function Presentation({ slides, model, demo, i, charts, onClose }: {
  slides: readonly Slide[];
  model: DashboardModel;
  demo: boolean;
  i: I18n;
  charts: readonly DeckChart[];
  onClose: () => void;
}) {
  const [index, setIndex] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const wasFull = useRef(false);
  const count = slides.length;
  const at = Math.min(index, Math.max(0, count - 1));

  const close = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    onClose();
  }, [onClose]);

  useEffect(() => {
    const el = box.current;
    el?.focus();
    // Full screen needs a user gesture (the P key or the button that opened us); else stay an overlay.
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) {
      el.requestFullscreen({ navigationUI: 'hide' }).then(() => { wasFull.current = true; }, () => undefined);
    }
    const onFs = (): void => {
      // Esc in full screen is taken by the browser: leaving full screen leaves the presentation.
      if (!document.fullscreenElement && wasFull.current) onClose();
    };
    document.addEventListener('fullscreenchange', onFs);
    return () => document.removeEventListener('fullscreenchange', onFs);
  }, [onClose]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (NEXT.has(e.key)) setIndex((k) => Math.min(k + 1, count - 1));
      else if (PREV.has(e.key)) setIndex((k) => Math.max(k - 1, 0));
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(count - 1);
      else if (e.key === 'Escape') close();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [count, close]);

  const slide = slides[at];
  return (
    <div ref={box} className="present-overlay" role="dialog" aria-modal="true" tabIndex={-1} data-testid="presentation"
      data-slide-index={at} data-slide-count={count} data-slide-id={slide?.id ?? ''}
      aria-label={i.t('presentation')}>
      <div className="present-stage" onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        setIndex((k) => (e.clientX - r.left < r.width / 3 ? Math.max(k - 1, 0) : Math.min(k + 1, count - 1)));
      }}>
        {slide ? (
          <SlideView key={slide.id} slide={slide} model={model} demo={demo} i={i} charts={charts} index={at} count={count} />
        ) : (
          <p className="slide-empty">{i.t('noSlideChosen')}</p>
        )}
      </div>
      <button type="button" className="present-close" onClick={close} aria-label={i.t('leavePresentation')}>
        ×
      </button>
    </div>
  );
}
