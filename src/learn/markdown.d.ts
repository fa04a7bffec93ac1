/** Vite's `?raw` import of a lesson (scenarios/<id>.md): the file's text. Declared here because src/learn has no vite/client types (they bring the DOM). */
declare module '*.md?raw' {
  const text: string
  export default text
}
