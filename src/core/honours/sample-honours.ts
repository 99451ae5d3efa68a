import type { SampleSeeder } from '../events/sample-seeders'

export const seedSampleHonours: SampleSeeder = (draft, seed) => {
  void draft
  void seed
}
