export { CallTimeline } from './components/CallTimeline';
export { AddCallDialog, EditContractDialog, EndPlacementDialog, validateEnd } from './components/PlacementDialogs';
export { PlacementDetails } from './components/PlacementDetails';
export { PlacementFilters, type PlacementFilterValues } from './components/PlacementFilters';
export { PlacementTable } from './components/PlacementTable';
export { useAddPlacementCall, useEndPlacement, useUpdatePlacement } from './hooks/use-placement-mutations';
export { usePlacement, usePlacementCalls, usePlacements } from './hooks/use-placements';
export type { PlacementListParams } from './api/placements';
