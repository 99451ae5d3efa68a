import { createRouter, createWebHashHistory } from 'vue-router'
import EventListView from './views/EventListView.vue'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'events', component: EventListView },
    {
      path: '/events/:id',
      name: 'event',
      component: () => import('./views/EventWorkspaceView.vue'),
      props: true
    },
    {
      path: '/organisation',
      name: 'organisation',
      component: () => import('./views/OrganisationView.vue')
    },
    { path: '/backups', name: 'backups', component: () => import('./views/BackupsView.vue') },
    { path: '/audit', name: 'audit', component: () => import('./views/AuditLogView.vue') },
    { path: '/:pathMatch(.*)*', redirect: '/' }
  ]
})
