import type { Stats } from '@/lib/api/types';
import { KeyFigures } from './KeyFigures';
import { PlacementsPerMonth } from './PlacementsPerMonth';
import { PlacementsPerMunicipality } from './PlacementsPerMunicipality';
import { Retention } from './Retention';
import { TargetProgress } from './TargetProgress';

export interface DashboardProps {
  stats: Stats;
  linkToPlacements: boolean;
}

/** Every figure of one Stats: target first, then the tiles, the charts and retention. */
export function Dashboard({ stats, linkToPlacements }: DashboardProps) {
  return (
    <div className="dashboard">
      <TargetProgress target={stats.target} />
      <KeyFigures stats={stats} linkToPlacements={linkToPlacements} />
      <div className="dashboard-charts">
        <PlacementsPerMonth months={stats.placementsPerMonth} />
        <PlacementsPerMunicipality municipalities={stats.placementsPerMunicipality} />
      </div>
      <Retention retention={stats.retention} />
    </div>
  );
}
