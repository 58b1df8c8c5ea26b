import { useEffect, useRef, type RefObject } from "react";

const POSITION_KEY = (id: string) => `media_position_${id}`;
/** Positions this close to either end are not worth resuming. */
const RESUME_MARGIN = 5;

/**
 * The position is remembered per file (and version), so a long video resumes where it stopped:
 * written every few seconds of playing, on pause and when the viewer closes. Nothing is read or
 * written while the source is being swapped for a renewed URL.
 */
export function useResumePosition(mediaRef: RefObject<HTMLMediaElement | null>, swappingRef: RefObject<boolean>, id: string) {
  const key = POSITION_KEY(id);
  const save = () => {
    const el = mediaRef.current;
    if (!el || swappingRef.current || !Number.isFinite(el.duration) || el.readyState === 0) return;
    if (el.currentTime > RESUME_MARGIN && el.currentTime < el.duration - RESUME_MARGIN) localStorage.setItem(key, String(Math.floor(el.currentTime)));
    else localStorage.removeItem(key);
  };
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(() => () => saveRef.current(), []);
  const onLoaded = () => {
    const el = mediaRef.current;
    if (!el || swappingRef.current) return;
    const saved = Number(localStorage.getItem(key));
    if (saved > 0 && saved < el.duration - RESUME_MARGIN) el.currentTime = saved;
  };
  const lastSave = useRef(0);
  const onTime = () => {
    const now = Date.now();
    if (now - lastSave.current < 2000) return;
    lastSave.current = now;
    save();
  };
  return { save, onLoaded, onTime };
}
