import { useEffect, useState, type RefObject } from 'react'

/**
 * Whether the element is on screen (scrolled into its panel). Live views that are scrolled away
 * skip their updates; true where IntersectionObserver is missing, as in jsdom.
 */
export function useVisible(ref: RefObject<Element | null>): boolean {
  const [visible, setVisible] = useState(true)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return undefined
    const observer = new IntersectionObserver(([entry]) => setVisible(entry?.isIntersecting ?? true))
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref])
  return visible
}
