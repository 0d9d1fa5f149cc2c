import { useEffect, type RefObject } from 'react';

/** Room kept between a sticky bar and the field scrolled to below it, in CSS pixels. */
const GAP_PX = 8;

/**
 * While the sticky bar is shown, the page keeps its height as scroll-padding-top: a field that
 * receives the focus (Shift+Tab upwards, at 200 % zoom when the bar wraps) is scrolled into view
 * below the bar instead of behind it.
 */
export function useStickyScrollPadding(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const apply = () => {
      root.style.scrollPaddingTop = `${Math.ceil(element.getBoundingClientRect().height) + GAP_PX}px`;
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingTop = '';
    };
  }, [bar]);
}
