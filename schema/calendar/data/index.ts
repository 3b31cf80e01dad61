import type { CalendarYear } from '../types.js';
import { year2018 } from './y2018.js';
import { year2019 } from './y2019.js';
import { year2020 } from './y2020.js';
import { year2021 } from './y2021.js';
import { year2022 } from './y2022.js';
import { year2023 } from './y2023.js';
import { year2024 } from './y2024.js';
import { year2025 } from './y2025.js';
import { year2026 } from './y2026.js';

/** The State Council holiday notices for 2018–2026, one data module per year. */
export const officialYears: readonly CalendarYear[] = [
  year2018,
  year2019,
  year2020,
  year2021,
  year2022,
  year2023,
  year2024,
  year2025,
  year2026,
];
