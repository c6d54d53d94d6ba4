/** Content script for the sites the user chose: detect, and show stories in the reader. */
import { startAutoMode } from './auto-mode.ts'

startAutoMode('reader')
