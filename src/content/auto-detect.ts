/** Content script for every other site (opt-in): detect aggregator copies, for the badge only. */
import { quickDetect } from '../core/detect.ts'
import { startAutoMode } from './auto-mode.ts'

startAutoMode('detect', () => quickDetect(document, location.href))
