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
    {
      path: '/movement',
      name: 'movement',
      component: () => import('./views/MovementView.vue')
    },
    { path: '/backups', name: 'backups', component: () => import('./views/BackupsView.vue') },
    { path: '/audit', name: 'audit', component: () => import('./views/AuditLogView.vue') },
    {
      path: '/award-forms',
      name: 'award-forms',
      component: () => import('./views/honours/AwardFormsView.vue')
    },
    {
      path: '/certificate-setup',
      name: 'certificate-setup',
      component: () => import('./views/certificates/CertificateSetupView.vue')
    },
    {
      path: '/events/:id/presenter',
      name: 'presenter',
      component: () => import('./views/agenda/PresenterView.vue'),
      props: true,
      // The MC's screen, often on a second display: the whole window, without the app's top bar.
      meta: { bare: true }
    },
    {
      path: '/events/:id/attendance',
      name: 'attendance-screen',
      component: () => import('./views/check-in/AttendanceScreenView.vue'),
      props: true,
      // The hall's large screen: the whole window, without the app's top bar.
      meta: { bare: true }
    },
    { path: '/:pathMatch(.*)*', redirect: '/' }
  ]
})
