// Vite's client types: CSS side-effect imports and import.meta.env in extension pages.
/// <reference types="vite/client" />
