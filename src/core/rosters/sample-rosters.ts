import type { SampleSeeder } from '../events/sample-seeders'

export const seedSampleRosters: SampleSeeder = (draft, seed) => {
  void draft
  void seed
}
