import { createApp } from 'vue'
import { createPinia } from 'pinia'
import { PiniaColada } from '@pinia/colada'
import 'element-plus/dist/index.css'
import './styles.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { queryDefaults } from './queries/defaults'

createApp(App)
  .use(createPinia())
  .use(PiniaColada, { queryOptions: queryDefaults })
  .use(router)
  .use(i18n)
  .mount('#app')
