import type { SampleSeeder } from '../events/sample-seeders'

export const seedSampleDelegates: SampleSeeder = (draft, seed) => {
  void draft
  void seed
}
