import type { SampleSeeder } from '../events/sample-seeders'

export const seedSampleAgenda: SampleSeeder = (draft, seed) => {
  void draft
  void seed
}
